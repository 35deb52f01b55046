<fmt:message key="label.title" var="title"/>
<t:layout title="${title}" active="barang">
<div class="receipt-tools no-print">
    <a class="btn" href="<c:url value='/label'/>"><fmt:message key="common.back"/></a>
    <button type="button" class="btn btn-primary" id="print-report"><fmt:message key="receipt.print"/></button>
    <span class="muted"><fmt:message key="label.count"><fmt:param value="${fn:length(labels)}"/></fmt:message></span>
</div>
<div class="labels labels-${paper}" id="labels" data-paper="<c:out value='${paper}'/>">
    <c:forEach items="${labels}" var="l">
        <div class="label">
            <div class="label-name"><c:out value="${l.name()}"/></div>
            <img class="label-bars" alt="<c:out value='${l.code()}'/>" src="<c:url value='/label/barcode.png'><c:param name='code' value='${l.code()}'/></c:url>">
            <div class="label-code"><c:out value="${l.code()}"/></div>
            <div class="label-price"><c:out value="${cermin:rupiah(l.price())}"/> <span>/ <c:out value="${l.unit()}"/></span></div>
        </div>
    </c:forEach>
</div>
<script src="<c:url value='/static/js/print.js'/>"></script>
<script src="<c:url value='/static/js/labels.js'/>"></script>
</t:layout>
