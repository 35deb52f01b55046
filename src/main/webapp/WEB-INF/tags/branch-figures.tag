<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="On the hub's dashboard: the stores side by side, sales and profit today and this month." %>
<%@ attribute name="branches" required="true" type="java.util.List" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="cermin" uri="urn:cermin" %>
<section class="card" id="branch-figures">
    <h2><fmt:message key="dashboard.branches"/></h2>
    <div class="table-wrap">
    <table class="data">
        <thead><tr>
            <th><fmt:message key="report.store"/></th>
            <th class="num"><fmt:message key="dashboard.salesToday"/></th>
            <th class="num"><fmt:message key="dashboard.profitToday"/></th>
            <th class="num"><fmt:message key="dashboard.salesMonth"/></th>
            <th class="num"><fmt:message key="dashboard.profitMonth"/></th>
        </tr></thead>
        <tbody>
        <c:set var="salesToday" value="${0}"/><c:set var="profitToday" value="${0}"/>
        <c:set var="salesMonth" value="${0}"/><c:set var="profitMonth" value="${0}"/>
        <c:forEach items="${branches}" var="b">
            <tr data-store="<c:out value='${b.store()}'/>">
                <td class="name"><a href="<c:url value='/'><c:param name='toko' value='${b.store()}'/></c:url>"><c:out value="${b.store()}"/></a></td>
                <td class="num money"><c:out value="${cermin:rupiah(b.salesToday())}"/>
                    <span class="muted small"><fmt:message key="dashboard.transactions"><fmt:param value="${b.countToday()}"/></fmt:message></span></td>
                <td class="num money"><c:out value="${cermin:rupiah(b.profitToday())}"/></td>
                <td class="num money"><c:out value="${cermin:rupiah(b.salesMonth())}"/>
                    <span class="muted small"><fmt:message key="dashboard.transactions"><fmt:param value="${b.countMonth()}"/></fmt:message></span></td>
                <td class="num money"><c:out value="${cermin:rupiah(b.profitMonth())}"/></td>
            </tr>
            <c:set var="salesToday" value="${salesToday + b.salesToday()}"/><c:set var="profitToday" value="${profitToday + b.profitToday()}"/>
            <c:set var="salesMonth" value="${salesMonth + b.salesMonth()}"/><c:set var="profitMonth" value="${profitMonth + b.profitMonth()}"/>
        </c:forEach>
        </tbody>
        <tfoot><tr>
            <th><fmt:message key="stock.total"/></th>
            <th class="num money"><c:out value="${cermin:rupiah(salesToday)}"/></th>
            <th class="num money"><c:out value="${cermin:rupiah(profitToday)}"/></th>
            <th class="num money"><c:out value="${cermin:rupiah(salesMonth)}"/></th>
            <th class="num money"><c:out value="${cermin:rupiah(profitMonth)}"/></th>
        </tr></tfoot>
    </table>
    </div>
</section>
