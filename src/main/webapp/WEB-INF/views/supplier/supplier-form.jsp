<fmt:message key="${empty supplier and empty param.id ? 'supplier.new' : 'supplier.edit'}" var="title"/>
<t:layout title="${title}" active="pemasok">
<h1 class="page-title"><c:out value="${title}"/></h1>
<c:if test="${not empty errors}"><div class="alert alert-error" role="alert"><fmt:message key="${empty errors['form'] ? 'error.form' : errors['form']}"/></div></c:if>
<form class="form" method="post" action="<c:url value='/pemasok/simpan'/>">
    <t:csrf/>
    <input type="hidden" name="id" value="<c:out value='${empty supplier ? param.id : supplier.id}'/>">
    <t:field name="name" label="supplier.name">
        <input id="f-name" name="name" maxlength="150" required autofocus value="<c:out value='${empty supplier ? param.name : supplier.name}'/>">
    </t:field>
    <t:field name="phone" label="supplier.phone">
        <input id="f-phone" name="phone" maxlength="40" value="<c:out value='${empty supplier ? param.phone : supplier.phone}'/>">
    </t:field>
    <t:field name="address" label="supplier.address">
        <input id="f-address" name="address" maxlength="255" value="<c:out value='${empty supplier ? param.address : supplier.address}'/>">
    </t:field>
    <div class="actions">
        <button type="submit" class="btn btn-primary"><fmt:message key="common.save"/></button>
        <a class="btn" href="<c:url value='/pemasok'/>"><fmt:message key="common.cancel"/></a>
    </div>
</form>
</t:layout>
